#pragma once

#include "api/ApiError.h"

#include <QJsonDocument>

namespace pokee {

// The outcome of one JSON request: the status, the parsed body, or the error.
struct ApiResult
{
    int httpStatus = 0;
    QJsonDocument json;
    QByteArray body;
    ApiError error;

    bool ok() const { return !error.isError(); }
};

} // namespace pokee
