// Shows a QImage (the camera or screen frame last sent) scaled to fit, keeping its aspect ratio.
// A pure view: QML binds `image` to VideoControl.preview.
#pragma once

#include <QImage>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace livedesk::ui {

class FrameImage : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QImage image READ image WRITE setImage NOTIFY imageChanged)
    Q_PROPERTY(QSize imageSize READ imageSize NOTIFY imageChanged)
    Q_PROPERTY(bool hasImage READ hasImage NOTIFY imageChanged)

public:
    explicit FrameImage(QQuickItem *parent = nullptr);

    QImage image() const { return m_image; }
    void setImage(const QImage &image);
    QSize imageSize() const { return m_image.size(); }
    bool hasImage() const { return !m_image.isNull(); }

    void paint(QPainter *painter) override;

protected:
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

Q_SIGNALS:
    void imageChanged();

private:
    QImage m_image;
};

} // namespace livedesk::ui
