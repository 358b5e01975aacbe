#pragma once

#include <QProxyStyle>

namespace pokee::ui {

// Fusion, with the outlines of radio buttons, check boxes and text fields visible on a dark
// palette. Fusion draws them in the window colour darkened by 40 %, which on a dark palette is
// the text fields' own background: the radio buttons in Settings were nearly invisible. On a
// dark palette this style draws them as Fusion would on a window of mid grey; on a light one it
// changes nothing.
class VisibleOutlinesStyle : public QProxyStyle
{
    Q_OBJECT
public:
    VisibleOutlinesStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace pokee::ui
