#include "OrderFoldersDialog.h"

#include "ChannelBox.h"
#include "OrderFolders.h"
#include "domain/Order.h"
#include "ui/ErrorLabel.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

OrderFoldersDialog::OrderFoldersDialog(const AppContext &context, QWidget *parent) : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("Watched order folders"));
    auto *intro = new QLabel(tr("An export dropped into a channel's folder imports by itself when the order list "
                                "next refreshes, then moves to the folder's \"imported\" folder (or \"refused\", "
                                "with a note naming why)."),
                             this);
    intro->setWordWrap(true);
    m_list = listTable({tr("Channel"), tr("Read as"), tr("Folder")}, this);
    m_channel = new ChannelBox(this);
    m_folder = new QLineEdit(this);
    m_folder->setPlaceholderText(tr("\\\\server\\share\\orders\\jd, or empty to stop watching"));
    auto *browse = new QPushButton(tr("&Browse..."), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("The channel's folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Channel:"), m_channel);
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder); // a row of two widgets has no buddy of its own
    form->addRow(folderLabel, folderRow);
    m_error = new ErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *saveButton = buttons->addButton(tr("&Save the channel's folder"), QDialogButtonBox::ApplyRole);
    saveButton->setEnabled(!context.readOnly());
    connect(saveButton, &QPushButton::clicked, this, &OrderFoldersDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_channel, &ChannelBox::channelChanged, this, [this](const QString &channel) {
        for (int r = 0; r < m_list->rowCount(); ++r)
            if (m_list->item(r, 0)->data(Qt::UserRole).toString() == channel)
                return m_folder->setText(m_list->item(r, 2)->text());
        m_folder->clear();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(680, 420);
    fill();
}

void OrderFoldersDialog::fill()
{
    QStringList channels{QStringLiteral("taobao"), QStringLiteral("shopify")};
    if (auto columns = OrderImport(*m_context.database, *m_context.clock).savedColumns(m_context.actor))
        for (const OrderColumns &c : *columns)
            channels << c.channel;
    m_channel->setChannels(channels);
    auto folders = OrderFolders(*m_context.database, *m_context.clock).folders(m_context.actor);
    if (!folders) {
        m_error->showError(folders.error());
        return;
    }
    m_list->setRowCount(int(folders->size()));
    for (int r = 0; r < folders->size(); ++r) {
        const WatchedFolder &f = folders->at(r);
        setRowTexts(m_list, r,
                    {orderChannelTitle(f.channel),
                     f.format == OrderExport::Mapped ? tr("its saved columns") : tr("as the channel exports it"),
                     QDir::toNativeSeparators(f.folder)});
        m_list->item(r, 0)->setData(Qt::UserRole, f.channel);
    }
    m_list->resizeColumnsToContents();
    if (m_channel->channel().isEmpty())
        m_channel->setCurrentIndex(0);
}

bool OrderFoldersDialog::save()
{
    const QString channel = m_channel->channel();
    if (Status s =
            OrderFolders(*m_context.database, *m_context.clock)
                .setFolder(m_context.actor,
                           {channel, OrderFolders::formatOf(channel), QDir::fromNativeSeparators(m_folder->text())});
        !s) {
        m_error->showError(s.error());
        return false;
    }
    m_error->showError({});
    fill();
    return true;
}

QString OrderFoldersDialog::error() const
{
    return m_error->error();
}

} // namespace shopdesk
