/* cp-visit-conflicts.c (being written) */
#include "config.h"

#include "cp-visit-conflicts.h"

void
cp_conflict_free (CpConflict *conflict)
{
  if (conflict == NULL)
    return;
  g_free (conflict->message);
  g_free (conflict);
}

GPtrArray *
cp_visit_find_conflicts (CpVisit    *visit,
                         GListModel *delegates,
                         GListModel *people,
                         GListModel *programme,
                         GListModel *status_changes,
                         GListModel *visits,
                         GListModel *all_delegates)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) cp_conflict_free);
}
