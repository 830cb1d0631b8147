#include "app/workflow/workflow.h"
