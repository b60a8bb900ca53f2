#pragma once
// For the command line only: waits for an asynchronous operation that ends in a callback, by running
// a local event loop, with a safety timeout. The window must never do this (docs/ARCHITECTURE.md: no nested
// event loops); headless subcommands have nothing else to do meanwhile.

#include <QEventLoop>
#include <QTimer>

#include <functional>
#include <optional>

// start(context, done): begins the operation; done(result) may be called once. The callback is bound
// to `context` (the loop), so a result that arrives after the timeout is dropped, not written into a
// dead stack frame. Returns nullopt when the safety timeout fired first.
template <typename Result, typename Start> std::optional<Result> runBlocking(int timeoutMs, Start &&start)
{
    std::optional<Result> result;
    QEventLoop loop;
    std::function<void(Result)> done = [&result, &loop](Result value) {
        result.emplace(std::move(value));
        loop.quit();
    };
    start(&loop, std::move(done));
    if (!result) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return result;
}
