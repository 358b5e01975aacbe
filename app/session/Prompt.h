#pragma once

#include <QString>

namespace pokee {

// Why a message cannot be sent as it is (empty, or nothing but white space), or empty when it
// can. The app's composer and `pokee send` ask the same question.
QString promptProblem(const QString &prompt);

} // namespace pokee
