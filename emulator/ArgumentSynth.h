#pragma once

#include <QJsonArray>
#include <QJsonObject>

namespace pokee::emu {

// Plausible tool-call arguments: values that satisfy a JSON Schema, taken from the user's
// words where they can be ("weather in Paris" gives location "Paris").
namespace ArgumentSynth {

QJsonObject fromSchema(const QJsonObject &parameters, const QString &userText);

// The first tool that the text plainly asks for ("weather" for get_weather), or -1.
qsizetype pickTool(const QJsonArray &flatTools, const QString &userText);

// {type, name, description, parameters} whichever of the two documented shapes came in;
// an empty object when the shape is neither.
QJsonObject flattenTool(const QJsonObject &tool);

} // namespace ArgumentSynth

} // namespace pokee::emu
