// What the eye needs from the window in every theme and language: keyboard focus one can see on
// every control Tab reaches (default, dark, high-contrast and pale-highlight palettes), button
// labels centred in their buttons in English, German and Hindi, and hints in text fields shown whole.
#include "UiTestSupport.h"

#include "ExportDialog.h"
#include "FilterForm.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "ProfileDialog.h"
#include "StatusChips.h"
#include "TestSession.h"
#include "WindowStyle.h"
#include "common/Palette.h"
#include "profiles/ProfileStore.h"
#include "session/Session.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

namespace {
QImage picture(QWidget *widget)
{
    return widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

// Pixels that changed between two pictures of a widget by at least 3:1 in contrast, WCAG's figure for
// a focus indicator against its unfocused state.
int pixelsChangedAtThreeToOne(const QImage &focused, const QImage &unfocused)
{
    if (focused.size() != unfocused.size())
        return -1;
    int changed = 0;
    for (int y = 0; y < focused.height(); ++y) {
        for (int x = 0; x < focused.width(); ++x) {
            const QRgb a = focused.pixel(x, y);
            const QRgb b = unfocused.pixel(x, y);
            if (a != b && Palette::contrastRatio(QColor(a), QColor(b)) >= 3.0)
                ++changed;
        }
    }
    return changed;
}

// The baseline of a button's label: the lowest row inside its frame where at least a quarter as many
// pixels stand out (2.5:1 from the button's face) as in the busiest row, so that the few pixels of
// descenders ("g", "y") and of marks below Devanagari letters do not count. -1 for no text.
int baselineRow(const QImage &image)
{
    const int inset = 4; // past the frame and its shading
    QList<int> inkPerRow(image.height(), 0);
    for (int y = inset; y < image.height() - inset; ++y) {
        const QColor face(image.pixel(inset - 1, y));
        for (int x = inset; x < image.width() - inset; ++x) {
            if (Palette::contrastRatio(QColor(image.pixel(x, y)), face) >= 2.5)
                ++inkPerRow[y];
        }
    }
    const int busiest = *std::max_element(inkPerRow.cbegin(), inkPerRow.cend());
    if (busiest == 0)
        return -1;
    for (int y = image.height() - 1; y >= 0; --y) {
        if (inkPerRow[y] * 4 >= busiest)
            return y;
    }
    return -1;
}

// The room a line edit gives its text, as QLineEdit::paintEvent computes it: inside the frame, the
// text margins and the side buttons (the clear button), less 2 px on each side.
int textRoom(const QLineEdit *edit)
{
    const int frame =
        edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit) : 0;
    int room = edit->width() - 2 * frame - edit->textMargins().left() - edit->textMargins().right() - 4;
    for (const QToolButton *side : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
        if (side->isVisibleTo(edit))
            room -= side->width() + 4;
    }
    return room;
}

// Visible, empty line edits whose placeholder is wider than the room they give it (Qt elides it).
QStringList cutPlaceholders(QWidget *root)
{
    QStringList cut;
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        if (!edit->isVisibleTo(root) || !edit->text().isEmpty() || edit->placeholderText().isEmpty())
            continue;
        const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
        const int room = textRoom(edit);
        if (needed > room)
            cut << QStringLiteral("\"%1\" (%2) needs %3 px, has %4")
                       .arg(edit->placeholderText(), edit->objectName())
                       .arg(needed)
                       .arg(room);
    }
    return cut;
}

// A saved profile, its key kept for the session only (the dialogs' tests need no keychain).
Expected<Profile, ProfileError> addSessionProfile(ProfileStore &profiles)
{
    Profile saved;
    saved.name = QStringLiteral("prod");
    saved.dataCenter = QStringLiteral("01");
    saved.workspaceId = QStringLiteral("WORKSPACE1");
    return profiles.addWithSessionKey(saved, QStringLiteral("not-a-real-key-123"));
}

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 \"%2\" %3")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
             widget->accessibleName());
}
// Tabs once round from FROM (focus moved there by keyboard, as after any Tab). Each control, pictured
// with focus and again once focus has moved on, must change in at least as many pixels as a 1 px
// line round it, each by 3:1 or more. Returns the problems; SEEN gets the controls reached.
QStringList invisibleFocus(QWidget *from, QList<QWidget *> *seen)
{
    from->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(from, Qt::Key_Tab);
    QWidget *start = QApplication::focusWidget();
    if (!start)
        return {QStringLiteral("Tab from %1 reached nothing").arg(describe(from))};
    QStringList invisible;
    for (int step = 0; step < 80; ++step) {
        QWidget *focused = QApplication::focusWidget();
        const QImage withFocus = picture(focused);
        QTest::keyClick(focused, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        if (!next || next == focused)
            return invisible << QStringLiteral("Tab is stuck on %1").arg(describe(focused));
        const QImage withoutFocus = picture(focused);
        // A tab bar shows focus on its current tab, the rest of it is other tabs; a check box or radio
        // button round its label, however wide the layout made it.
        QSize area = focused->size();
        if (const auto *tabs = qobject_cast<QTabBar *>(focused)) {
            area = tabs->tabRect(tabs->currentIndex()).size();
        } else if (qobject_cast<QCheckBox *>(focused) || qobject_cast<QRadioButton *>(focused)) {
            QStyleOptionButton option;
            option.initFrom(focused);
            option.text = static_cast<QAbstractButton *>(focused)->text();
            area = focused->style()
                       ->subElementRect(qobject_cast<QCheckBox *>(focused) ? QStyle::SE_CheckBoxFocusRect
                                                                           : QStyle::SE_RadioButtonFocusRect,
                                        &option, focused)
                       .size();
        }
        const int perimeter = 2 * (area.width() + area.height());
        const int changed = pixelsChangedAtThreeToOne(withFocus, withoutFocus);
        if (changed < perimeter)
            invisible << QStringLiteral("%1: %2 px changed, a 1 px ring is %3")
                             .arg(describe(focused))
                             .arg(changed)
                             .arg(perimeter);
        *seen << focused;
        if (next == start)
            break;
    }
    return invisible;
}

} // namespace

class TestWindowStyle final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void focusIsVisibleOnEveryControl_data();
    void focusIsVisibleOnEveryControl();
    void focusRingFallsBackToTextColour();
    void controlEdgesStandOut_data();
    void controlEdgesStandOut();
    void buttonLabelsAreCentred_data();
    void buttonLabelsAreCentred();
    void placeholdersAreShownWhole_data() { buttonLabelsAreCentred_data(); }
    void placeholdersAreShownWhole();

private:
    QPalette m_original;
};

void TestWindowStyle::initTestCase()
{
    isolateSettings();
    QApplication::setStyle(QStringLiteral("Fusion")); // what Qt uses without a desktop theme
    WindowStyle::install();
    m_original = QApplication::palette();
}

void TestWindowStyle::cleanup()
{
    QApplication::setPalette(m_original);
}

void TestWindowStyle::focusIsVisibleOnEveryControl_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("default") << QApplication::style()->standardPalette();
    QTest::newRow("dark") << darkDesktopPalette();
    QTest::newRow("high contrast") << highContrastPalette();
    QTest::newRow("pale highlight") << paleHighlightPalette();
}

void TestWindowStyle::focusIsVisibleOnEveryControl()
{
    QFETCH(QPalette, palette);
    QApplication::setPalette(palette);
    TestSession session;
    MainWindow window(*session);
    window.resize(1280, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openDemo(true);
    QSignalSpy finished(&window, &MainWindow::fetchFinished);
    QVERIFY(finished.wait(30'000));
    window.table()->selectRow(0);

    QList<QWidget *> seen;
    QStringList invisible = invisibleFocus(window.table(), &seen);
    QVERIFY2(std::any_of(seen.cbegin(), seen.cend(),
                         [](const QWidget *w) { return w->objectName() == QLatin1String("fetchButton"); }),
             "Tab never reached the Fetch button");
    QVERIFY2(seen.size() > 10, qPrintable(QString::number(seen.size())));

    // The dialogs, each Tabbed round from its first control.
    ExportDialog exportDialog(window.table(), &window);
    exportDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&exportDialog));
    seen.clear();
    invisible +=
        invisibleFocus(exportDialog.focusWidget() ? exportDialog.focusWidget() : &exportDialog, &seen);
    QVERIFY2(seen.size() > 5, qPrintable(QString::number(seen.size())));
    exportDialog.close();
    // A saved profile, so its fields are open to edit.
    const auto added = addSessionProfile(window.session()->profiles());
    QVERIFY(added);
    ProfileDialog profiles(window.session()->profiles(), &window);
    profiles.selectProfile(added->id);
    profiles.show();
    QVERIFY(QTest::qWaitForWindowExposed(&profiles));
    seen.clear();
    invisible += invisibleFocus(profiles.focusWidget() ? profiles.focusWidget() : &profiles, &seen);
    QVERIFY2(seen.size() > 5, qPrintable(QString::number(seen.size())));
    profiles.close();
    QVERIFY(!window.session()->profiles().removeKeepingKey(added->id));
    PreferencesDialog preferences(&window);
    preferences.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preferences));
    seen.clear();
    invisible += invisibleFocus(preferences.focusWidget() ? preferences.focusWidget() : &preferences, &seen);
    QVERIFY2(invisible.isEmpty(), qPrintable(invisible.join(QLatin1Char('\n'))));
}

void TestWindowStyle::focusRingFallsBackToTextColour()
{
    // The pale highlight is 1.3:1 on its buttons: the ring takes the text colour, 3:1 or better.
    const QPalette pale = paleHighlightPalette();
    const QColor button = pale.color(QPalette::Button);
    QVERIFY(Palette::contrastRatio(pale.color(QPalette::Highlight), button) < 3.0);
    const QColor ring =
        Palette::focusRing(pale.color(QPalette::Highlight), pale.color(QPalette::ButtonText), button);
    QCOMPARE(ring, pale.color(QPalette::ButtonText));
    // Where the highlight stands out, it is the ring: the desktop's accent, as users know it.
    const QPalette contrast = highContrastPalette();
    QCOMPARE(Palette::focusRing(contrast.color(QPalette::Highlight), contrast.color(QPalette::ButtonText),
                                contrast.color(QPalette::Button)),
             contrast.color(QPalette::Highlight));
}

void TestWindowStyle::controlEdgesStandOut_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("dark") << darkDesktopPalette();
    QTest::newRow("high contrast") << highContrastPalette();
}

// On dark and high-contrast palettes one can see where each field, combo box, date field and check
// box is: its left edge, half-way down, stands out 3:1 from the window (WCAG's figure for the
// boundary of a control).
void TestWindowStyle::controlEdgesStandOut()
{
    QFETCH(QPalette, palette);
    QApplication::setPalette(palette);
    TestSession session;
    MainWindow window(*session);
    window.resize(1280, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QColor background = palette.color(QPalette::Window);
    auto standsOut = [&](QWidget *widget, QRect area) {
        const QImage image = picture(widget);
        const int y = area.center().y();
        for (int x = area.left(); x <= area.left() + 2; ++x) {
            if (Palette::contrastRatio(QColor(image.pixel(x, y)), background) >= 3.0)
                return true;
        }
        return false;
    };
    QStringList unseen;
    int checked = 0;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        QRect area;
        if (auto *box = qobject_cast<QCheckBox *>(widget)) {
            QStyleOptionButton option;
            option.initFrom(box);
            area = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
        } else if (auto *edit = qobject_cast<QLineEdit *>(widget); edit && edit->hasFrame()) {
            area = edit->rect();
        } else if (qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)) {
            area = widget->rect();
        } else {
            continue;
        }
        ++checked;
        if (!standsOut(widget, area))
            unseen << describe(widget);
    }
    QVERIFY2(checked >= 10, qPrintable(QString::number(checked)));
    QVERIFY2(unseen.isEmpty(), qPrintable(unseen.join(QLatin1Char('\n'))));
}

void TestWindowStyle::buttonLabelsAreCentred_data()
{
    addLanguageRows();
}

// Every label sits on the baseline an English word has in the same button, so a Hindi label is as
// centred as an English one ("Fetch" is the reference: no descenders, no accents).
void TestWindowStyle::buttonLabelsAreCentred()
{
    QFETCH(QString, language);
    Language chosen(language);
    QVERIFY(chosen.ok(language));
    TestSession session;
    MainWindow window(*session);
    window.resize(1280, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openDemo(true);
    QSignalSpy finished(&window, &MainWindow::fetchFinished);
    QVERIFY(finished.wait(30'000));
    QList<QAbstractButton *> buttons;
    for (QToolButton *button : window.filterForm()->findChildren<QToolButton *>())
        buttons << button;
    for (QToolButton *chip : window.findChild<StatusChips *>()->findChildren<QToolButton *>())
        buttons << chip;
    buttons << window.findChild<QPushButton *>(QStringLiteral("fetchButton"));
    QStringList offBaseline;
    int measured = 0;
    for (QAbstractButton *button : buttons) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        const QString text = button->text();
        // A chip's status glyph stands beside its words: measured with a blank glyph of the same
        // size in its place, so the words sit where they do and only they are inked.
        const QIcon glyph = button->icon();
        if (!glyph.isNull()) {
            QPixmap blank(glyph.availableSizes().value(0, button->iconSize()));
            blank.fill(Qt::transparent);
            button->setIcon(QIcon(blank));
        }
        const int baseline = baselineRow(picture(button));
        button->setText(QStringLiteral("Fetch")); // same button, size and state; only the words differ
        const int english = baselineRow(picture(button));
        button->setText(text);
        button->setIcon(glyph);
        QVERIFY2(baseline >= 0 && english >= 0, qPrintable(text));
        ++measured;
        if (std::abs(baseline - english) > 1)
            offBaseline << QStringLiteral("\"%1\": baseline at row %2, an English label's at %3")
                               .arg(text)
                               .arg(baseline)
                               .arg(english);
    }
    QVERIFY2(measured >= 5, qPrintable(QString::number(measured)));
    QVERIFY2(offBaseline.isEmpty(), qPrintable(offBaseline.join(QLatin1Char('\n'))));
}

// At the usual size and at 800×600, in the window and its dialogs, no hint is cut to "…".
void TestWindowStyle::placeholdersAreShownWhole()
{
    QFETCH(QString, language);
    Language chosen(language);
    QVERIFY(chosen.ok(language));
    QStringList cut;
    TestSession session;
    MainWindow window(*session);
    for (const QSize size : {QSize(1280, 760), QSize(800, 600)}) {
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(50); // the form folds on the resize event
        for (const QString &problem : cutPlaceholders(&window))
            cut << QStringLiteral("window %1x%2: %3").arg(size.width()).arg(size.height()).arg(problem);
    }
    ProfileDialog newProfile(window.session()->profiles(), &window);
    newProfile.show();
    QVERIFY(QTest::qWaitForWindowExposed(&newProfile));
    for (const QString &problem : cutPlaceholders(&newProfile))
        cut << QStringLiteral("profile dialog: %1").arg(problem);
    newProfile.close();
    // A saved profile's key field says the key is in the keychain, in a longer hint.
    const auto added = addSessionProfile(window.session()->profiles());
    QVERIFY(added);
    ProfileDialog savedProfile(window.session()->profiles(), &window);
    savedProfile.selectProfile(added->id);
    savedProfile.show();
    QVERIFY(QTest::qWaitForWindowExposed(&savedProfile));
    for (const QString &problem : cutPlaceholders(&savedProfile))
        cut << QStringLiteral("saved profile: %1").arg(problem);
    savedProfile.close();
    QVERIFY(!window.session()->profiles().removeKeepingKey(added->id));
    ExportDialog exportDialog(window.table(), &window);
    exportDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&exportDialog));
    for (const QString &problem : cutPlaceholders(&exportDialog))
        cut << QStringLiteral("export dialog: %1").arg(problem);
    exportDialog.close();
    PreferencesDialog preferences(&window);
    preferences.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preferences));
    for (const QString &problem : cutPlaceholders(&preferences))
        cut << QStringLiteral("preferences: %1").arg(problem);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestWindowStyle)
#include "tst_windowstyle.moc"
