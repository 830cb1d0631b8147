#include "app/import/draftcreator.h"
