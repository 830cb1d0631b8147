#include "app/people/authorstore.h"
