#pragma once

#include "domain/Contract.h"
#include "ui/Module.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QPushButton;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace shopdesk {

class ErrorLabel;

// RULE CON-01, CON-06: the custodian registers a contract: its type, parties, dates, value, the
// person responsible and where the paper original is kept. The number is given on saving.
class ContractDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ContractDialog(const AppContext &context, QWidget *parent = nullptr);
    // For a registered contract: its fields to correct and its status (CON-01); the number,
    // type, signing day and archive stay as registered.
    void edit(const Contract &contract);
    QComboBox *status() const { return m_status; }
    QLineEdit *title() const { return m_title; }
    QPlainTextEdit *counterparties() const { return m_parties; }
    QLineEdit *value() const { return m_value; }
    QDateEdit *starts() const { return m_starts; }
    QDateEdit *ends() const { return m_ends; }
    QString error() const;
    QString number() const { return m_number; } // given on registering
    // Registers the contract, after asking when it looks like one already registered, or saves
    // the one edited; its number, or empty with the reason shown.
    QString send();

private:
    AppContext m_context;
    QComboBox *m_type;
    QComboBox *m_archive;
    QLineEdit *m_title;
    QPlainTextEdit *m_parties;
    QDateEdit *m_signed;
    QDateEdit *m_starts;
    QDateEdit *m_ends;
    QCheckBox *m_openEnded;
    QLineEdit *m_value;
    QComboBox *m_responsible;
    QLineEdit *m_cabinet, *m_shelf, *m_box;
    QPlainTextEdit *m_notes;
    QComboBox *m_status;
    QPushButton *m_ok;
    std::optional<Contract> m_editing;
    ErrorLabel *m_error;
    QString m_number;
};

} // namespace shopdesk
