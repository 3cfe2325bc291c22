/** "Next page" as a plain link that keeps the filters; cursors come from the repo unchanged. */
export function Pager({ path, params, nextCursor }: { path: string; params: Record<string, string | number | undefined>; nextCursor: string | null }) {
  if (!nextCursor) return <p class="pager">End of the list.</p>;
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, String(v));
  query.set('cursor', nextCursor);
  return (
    <nav class="pager" aria-label="Pages">
      <a rel="next" href={`${path}?${query}`}>
        Next page
      </a>
    </nav>
  );
}
