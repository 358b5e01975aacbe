#pragma once

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace pokee::emu {

class EmulatorContext;

// Each installs one area of the API on the server; the handlers share the context.
void installSessionRoutes(QHttpServer &http, EmulatorContext &ctx);
void installTurnRoutes(QHttpServer &http, EmulatorContext &ctx);
void installResponseRoutes(QHttpServer &http, EmulatorContext &ctx);
void installAdminRoutes(QHttpServer &http, EmulatorContext &ctx);
// Files are served from the missing-route handler: QHttpServer's <arg> matches one path
// segment only, and a file path has any number. Returns false when the request was not one.
bool serveFileRequest(const QHttpServerRequest &request, QHttpServerResponder &responder, EmulatorContext &ctx);
void installFileRoutes(QHttpServer &http, EmulatorContext &ctx);

} // namespace pokee::emu
