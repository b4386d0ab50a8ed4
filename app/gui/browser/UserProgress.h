#pragma once

#include <QCoreApplication>
#include <QProgressBar>

// A batch's progress over `total` users on `bar`: "3 of 10 users", the plural from the
// translation (the bar itself puts in the done count, %v).
inline void showUserProgress(QProgressBar *bar, int done, int total)
{
    bar->setRange(0, total);
    bar->setValue(done);
    bar->setFormat(
        QCoreApplication::translate("UserProgress", "%v of %Ln user(s)", nullptr, total));
}
