#!/bin/sh
# big_article.sh MEGABYTES OUT — one long article for timing the whole pipeline on a
# single document (issue 7): a publication date, a headline, then the body paragraphs
# of tests/corpus/*.txt (lines of 80 bytes or more, so no headers, bylines or footers)
# repeated until OUT holds MEGABYTES MB. Every repetition names the same actors, so
# the document's events pile up between the same few bodies, as in a long dossier.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
[ $# -eq 2 ] || { echo "usage: big_article.sh MEGABYTES OUT" >&2; exit 2; }
want=$(($1 * 1024 * 1024))
out=$2
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for f in "$ROOT"/tests/corpus/*.txt; do
    awk 'length($0) >= 80 { print; print "" }' "$f"
done >"$tmp"
chunk=$(wc -c <"$tmp")
[ "$chunk" -gt 0 ] || { echo "big_article.sh: no body text in tests/corpus" >&2; exit 1; }
printf 'January 8, 2025\n\nA long dossier\n\n' >"$out"
have=0
while [ "$have" -lt "$want" ]; do
    cat "$tmp" >>"$out"
    have=$((have + chunk))
done
