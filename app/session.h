#pragma once

#include "databaseconnector.h"
#include "databasethread.h"
#include "sessioninfo.h"

#include <memory>

// A logged-in desk: who, where, and the worker thread that owns the session's connection.
// Later models open their own worker connections from `params` (the password stays in memory).
struct Session {
    ConnectParams params;
    SessionInfo info;
    std::shared_ptr<DatabaseThread> db;
};
