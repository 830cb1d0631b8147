// Being written.
#include "app/text/spellchecker.h"
