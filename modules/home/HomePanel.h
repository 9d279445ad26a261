#pragma once

#include "ui/Module.h"

#include <QWidget>

class QLabel;

namespace shopdesk {

class HomePanel : public QWidget
{
    Q_OBJECT

public:
    HomePanel(const AppContext &context, QWidget *parent = nullptr);

private:
    AppContext m_context;
};

} // namespace shopdesk
