#pragma once
// The store's file on disk, before SQLite sees it: created 0600 without following links, and an
// existing one given mode 0600 through the descriptor that opened it, never through a path that
// might be a link (docs/SECURITY.md, "The stored history"). A store path (or its -wal or -shm) that
// is a link or not a regular file is refused, naming it.

#include <QString>

#include <optional>

namespace StoreFile {

struct Prepared
{
    bool created = false;         // this call created the file (empty)
    std::optional<QString> error; // refused or impossible, in words, naming the path
};

Prepared prepare(const QString &path);

} // namespace StoreFile
