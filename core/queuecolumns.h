#pragma once

#include <Qt>

// The columns and semantic roles of a case queue, shared by the model (models/) and its
// presentation (forms/): the model says what a row is, the view decides how it looks.
namespace QueueColumns {
enum Column { RegIndex, Received, Author, Phone, Topic, Summary, Executor, Status, Due, OpenedBy, Count };
}

namespace QueueRoles {
enum Role {
    Id = Qt::UserRole + 1,
    DeadlineStateRole, // DeadlineState as int
    Priority,          // bool
    RawValue,          // the value behind the text (dates as QDate, ...)
    Loaded,            // false for a placeholder row
    StatusRole         // AppealStatus as int
};
}
