#include "app/people/userstore.h"
