#include "app/text/worddiff.h"
