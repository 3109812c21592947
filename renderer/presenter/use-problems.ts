import { useEffect, useState } from 'react';
import type { ShowConnection } from '../connection/show-connection';

/** What is wrong with this launch that the presenter can fix, kept up to date. */
export function useProblems(connection: ShowConnection): readonly string[] {
  const [problems, setProblems] = useState<readonly string[]>([]);
  useEffect(() => connection.watchProblems(setProblems), [connection]);
  return problems;
}
