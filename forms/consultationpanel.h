#pragma once

#include "knowledgebase.h"

#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

class ConsultationService;
namespace Ui {
class ConsultationPanel;
}

// The side panel of the intake form: as the operator types (the form's substance and address,
// or the panel's own search line), it searches the knowledge base, the directory of services
// and the outages on the address — debounced, off the GUI thread — and shows the answers with
// the matched words highlighted. Up/Down move through the answers from the search line;
// F8 (or the button) uses the selected answer: answerChosen().
class ConsultationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConsultationPanel(ConsultationService *service, QWidget *parent = nullptr);
    ~ConsultationPanel() override;

    // What the form holds now (the substance, the address, the topic); searched after a pause
    // unless the operator typed into the panel's own search line.
    void setContext(const QString &text, const QString &address, const QString &topicCode);
    void clear();
    std::optional<KbHit> currentHit() const;
    // The plain answer text of an article (the Markdown marks dropped).
    static QString answerText(const KbHit &hit);
    // Uses the selected answer (F8): emits answerChosen.
    void chooseCurrent();
    void focusSearch();
    int debounceMs() const { return m_debounce.interval(); }

signals:
    void answerChosen(const KbHit &hit);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void schedule();
    void runSearch();
    void onResults(const ConsultationResults &results);
    void showCurrent();

    std::unique_ptr<Ui::ConsultationPanel> ui;
    ConsultationService *m_service;
    QTimer m_debounce;
    QTimer m_missTimer;
    quint64 m_request = 0;
    QString m_contextText;
    QString m_address;
    QString m_topic;
    bool m_ownQuery = false; // the operator typed into the panel's search line
    ConsultationResults m_results;
    QString m_lastMiss;
};
