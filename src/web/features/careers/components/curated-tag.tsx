export function CuratedTag({ isCurated }: { isCurated: boolean }) {
  return isCurated ? (
    <span className="tag tag-curated">Curated by Vocare</span>
  ) : (
    <span className="tag tag-muted">O*NET occupation, not curated</span>
  );
}
