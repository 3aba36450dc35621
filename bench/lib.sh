# Shared by the whole-process benchmarks (sourced, not run).

# install_tool DIR SOURCE: packs the CLI of the clone at SOURCE and installs it as users do, as a tool in DIR/tool
# (on linux-x64 the ReadyToRun package), with a package cache of its own in DIR/cache: a package of the same version
# installed before would otherwise be taken from the user's cache instead.
install_tool() {
  local dir="$1" source="$2" version
  version="$(dotnet msbuild "$source/src/DocAnalysis.Cli/DocAnalysis.Cli.csproj" -getProperty:Version)"
  rm -rf "$dir/packages" "$dir/tool" "$dir/cache"
  mkdir -p "$dir"
  dotnet pack "$source/src/DocAnalysis.Cli" -c Release -o "$dir/packages" -v quiet --nologo >&2
  NUGET_PACKAGES="$dir/cache" dotnet tool install --tool-path "$dir/tool" --add-source "$dir/packages" --version "$version" DocAnalysis.Cli >&2
}

# median: the median of the numbers on standard input, one a line.
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# news_corpus DIR COPIES: the real-news timing corpus (../shared/bench/make-news-corpus.sh) in DIR, made once.
news_corpus() {
  [ -d "$1" ] || bash "$(dirname "${BASH_SOURCE[0]}")/../../shared/bench/make-news-corpus.sh" "$1" "$2" >&2
}

# time_one NAME COMMAND...: one run of COMMAND, its output dropped; appends "seconds kilobytes" (wall, peak RSS) to
# $work/NAME.times, or shows the command's errors and exits when it fails.
time_one() {
  local name="$1"; shift
  /usr/bin/time -o "$work/time.txt" -f "%e %M" "$@" > /dev/null 2> "$work/stderr.txt" || { cat "$work/stderr.txt" >&2; exit 1; }
  cat "$work/time.txt" >> "$work/$name.times"
}
