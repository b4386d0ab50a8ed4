#pragma once

#include "gui/Dialogs.h"

#include <QObject>

// The base of every GUI test: no modal dialog is ever shown (gui/Dialogs.h, test mode), so a test
// cannot hang on one. A test queues the answers it means (Dialogs::setNextAnswers); a question
// it did not expect answers No, and Dialogs::questionsAsked() shows what was asked.
class GuiTest : public QObject
{
protected:
    GuiTest() { Dialogs::setTestMode(true); }
};
