#include "app/workflow/permissions.h"
