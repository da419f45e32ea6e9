/* cp-matching.c (being written) */
#include "config.h"
#include "cp-matching.h"
