/**
 * Where the researcher is in the app, mirrored in the URL hash so that a reload (or a
 * crash and restart) opens the same screen.
 */
import { create } from 'zustand';

export type Route =
  | { name: 'respondents' }
  | { name: 'prepare'; respondentId: string }
  | { name: 'study' }
  | { name: 'newStudy' }
  | { name: 'interview'; interviewId: string; at?: TurnPlace }
  | { name: 'reflection'; interviewId: string }
  | { name: 'overview' }
  | { name: 'data' }
  | { name: 'search' };

/** A place in a transcript to open at: a turn, and the characters to select in it. */
export interface TurnPlace {
  turnId: string;
  start: number;
  end: number;
}

export function routeFromHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'respondenten' && parts[1] && parts[2] === 'voorbereiding') {
    return { name: 'prepare', respondentId: parts[1] };
  }
  if (parts[0] === 'studie' && parts[1] === 'nieuw') return { name: 'newStudy' };
  if (parts[0] === 'studie') return { name: 'study' };
  if (parts[0] === 'interviews' && parts[1] && parts[2] === 'reflectie')
    return { name: 'reflection', interviewId: parts[1] };
  if (parts[0] === 'interviews' && parts[1] && parts[2] === 'beurt' && parts[3]) {
    const [start = 0, end = start] = (parts[4] ?? '').split('-').map((n) => Math.max(0, Number(n) || 0));
    return { name: 'interview', interviewId: parts[1], at: { turnId: parts[3], start, end: Math.max(start, end) } };
  }
  if (parts[0] === 'interviews' && parts[1]) return { name: 'interview', interviewId: parts[1] };
  if (parts[0] === 'zoeken') return { name: 'search' };
  if (parts[0] === 'overzicht') return { name: 'overview' };
  if (parts[0] === 'gegevens') return { name: 'data' };
  return { name: 'respondents' };
}

export function hashOf(route: Route): string {
  switch (route.name) {
    case 'respondents':
      return '#/respondenten';
    case 'prepare':
      return `#/respondenten/${encodeURIComponent(route.respondentId)}/voorbereiding`;
    case 'study':
      return '#/studie';
    case 'newStudy':
      return '#/studie/nieuw';
    case 'interview':
      return route.at
        ? `#/interviews/${encodeURIComponent(route.interviewId)}/beurt/${encodeURIComponent(route.at.turnId)}/${route.at.start}-${route.at.end}`
        : `#/interviews/${encodeURIComponent(route.interviewId)}`;
    case 'reflection':
      return `#/interviews/${encodeURIComponent(route.interviewId)}/reflectie`;
    case 'overview':
      return '#/overzicht';
    case 'data':
      return '#/gegevens';
    case 'search':
      return '#/zoeken';
  }
}

interface RouteState {
  route: Route;
  navigate: (route: Route) => void;
}

export const useRoute = create<RouteState>((set) => ({
  route: routeFromHash(window.location.hash),
  navigate: (route) => {
    if (window.location.hash !== hashOf(route)) window.location.hash = hashOf(route);
    set({ route });
  },
}));

window.addEventListener('hashchange', () => {
  useRoute.setState({ route: routeFromHash(window.location.hash) });
});
