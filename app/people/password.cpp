#include "app/people/password.h"
