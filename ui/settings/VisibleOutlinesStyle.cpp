#include "settings/VisibleOutlinesStyle.h"

#include <QStyleFactory>
#include <QStyleOption>

namespace pokee::ui {

namespace {

// Draws with a copy of the option of its own type (the style reads the type's fields), its
// window colour replaced. False when the option is not a T.
template <typename T>
bool drawWithWindow(const QProxyStyle *style, QStyle::PrimitiveElement element, const QStyleOption *option,
                    const QColor &window, QPainter *painter, const QWidget *widget)
{
    const T *typed = qstyleoption_cast<const T *>(option);
    if (!typed)
        return false;
    T copy(*typed);
    copy.palette.setColor(QPalette::Window, window);
    style->QProxyStyle::drawPrimitive(element, &copy, painter, widget);
    return true;
}

} // namespace

VisibleOutlinesStyle::VisibleOutlinesStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

void VisibleOutlinesStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                         const QWidget *widget) const
{
    const bool outlined = element == PE_IndicatorRadioButton || element == PE_IndicatorCheckBox || element == PE_FrameLineEdit;
    const QColor window = option->palette.color(QPalette::Window), text = option->palette.color(QPalette::WindowText);
    if (!outlined || window.lightness() >= text.lightness()) // a light palette: Fusion's own outline
        return QProxyStyle::drawPrimitive(element, option, painter, widget);
    // Fusion's outline is the window colour darkened (QFusionStylePrivate::outline): lend it a
    // window halfway between the palette's window and text colours, so that the outline falls
    // between the two, clear of both the window and the fields' background.
    const QColor lent((window.red() + text.red()) / 2, (window.green() + text.green()) / 2, (window.blue() + text.blue()) / 2);
    if (drawWithWindow<QStyleOptionButton>(this, element, option, lent, painter, widget) ||
        drawWithWindow<QStyleOptionViewItem>(this, element, option, lent, painter, widget) ||
        drawWithWindow<QStyleOptionFrame>(this, element, option, lent, painter, widget))
        return;
    drawWithWindow<QStyleOption>(this, element, option, lent, painter, widget);
}

} // namespace pokee::ui
