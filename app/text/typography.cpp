// Being written.
#include "app/text/typography.h"
