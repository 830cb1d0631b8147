// Being written.
#include "app/text/quoteanalyzer.h"
