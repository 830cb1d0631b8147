#include "app/core/logging.h"

Q_LOGGING_CATEGORY(lcStorage, "qalam.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEditing, "qalam.editing", QtWarningMsg)
Q_LOGGING_CATEGORY(lcText, "qalam.text", QtWarningMsg)
