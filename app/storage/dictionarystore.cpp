// Being written.
#include "app/storage/dictionarystore.h"
