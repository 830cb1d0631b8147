#include "app/import/importer.h"
