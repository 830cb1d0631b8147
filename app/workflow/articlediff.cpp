#include "app/workflow/articlediff.h"
