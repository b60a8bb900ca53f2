#pragma once
// How far the paging clients (HistoryClient, ImportsClient) follow a server, in one place
// (docs/SECURITY.md, "Bounds"): both endpoints page 50 at a time, and a server announcing ever more
// pages must not keep a client paging forever.

namespace PagingLimits {
constexpr int kPageSize = 50;
// At most this many pages in one fetch: 1,000,000 files, or as many imports ...
constexpr int kMaxPages = 20'000;
// ... and at most this many pages beyond those the first page's total_count announced, each only
// after a full page really arrived.
constexpr int kGrowthPages = 20;
} // namespace PagingLimits
