#!/usr/bin/env bash
# The plugin author's path, walked outside this repository as the README tells it, on the packages this clone packs:
#   pack -> install the template and the tool (into temporary locations) -> dotnet new -> dotnet test -> break the
#   example and read the error -> approve a change -> run the samples ->
#   docanalysis plugins / run with the new plugin -> the plugin published ReadyToRun -> an embedding console app that
#   references only DocAnalysis.Host.
# Offline: the only package source is the folder just packed; everything else comes from the NuGet cache that the
# README's commands filled (as a fallback folder, so nothing of this walk is left in it). Leaves no global state.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/docanalysis-walk.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cache="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
# The one step online: ReadyToRun publishing needs the runtime's compiler and runtime packs in that cache, as any
# `dotnet publish -r linux-x64 -p:PublishReadyToRun=true` fetches them.
mkdir "$work/packs" && (cd "$work/packs" && dotnet new classlib -o packs > /dev/null \
  && dotnet restore packs -r linux-x64 -p:PublishReadyToRun=true --nologo -v quiet)
export DOTNET_CLI_HOME="$work/home" NUGET_PACKAGES="$work/packages" DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
step() { printf '\n== %s\n' "$*"; }
fail() { printf 'author path: %s\n' "$*" >&2; exit 1; }

step "pack"
dotnet pack "$repo/DocAnalysis.sln" -c Release -o "$work/pkgs" --nologo -v quiet
version="$(dotnet msbuild "$repo/src/DocAnalysis.Host/DocAnalysis.Host.csproj" -getProperty:Version)"
for id in Abstractions Testing Host Reports Server Cli Cli.linux-x64 Cli.any Templates; do
  [ -f "$work/pkgs/DocAnalysis.$id.$version.nupkg" ] || fail "DocAnalysis.$id.$version.nupkg was not packed"
done

mkdir -p "$work/author"
cd "$work/author"
cat > nuget.config <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="docanalysis" value="$work/pkgs" />
  </packageSources>
  <fallbackPackageFolders>
    <add key="cache" value="$cache" />
  </fallbackPackageFolders>
</configuration>
XML

step "dotnet new install DocAnalysis.Templates.$version.nupkg"
dotnet new install "$work/pkgs/DocAnalysis.Templates.$version.nupkg"
step "dotnet new docanalysis-plugin -n Acme.Emails -o acme"
dotnet new docanalysis-plugin -n Acme.Emails -o acme
grep -q '"acme-emails"' acme/Acme.Emails/ContactFinder.cs || fail "the analyser id is not acme-emails"
step "dotnet test acme"
dotnet test acme
for file in .gitignore README.md samples/press-release.txt samples/contact-page.txt Acme.Emails/ContactDomains.cs; do
  [ -f "acme/$file" ] || fail "the template made no $file"
done

# The README's loop: break the example and read the error, then approve a change of output.
step "break the example: the finder reads past the end of its list"
sed -i 's/ToList();/ToList(); _ = urls[urls.Count];/' acme/Acme.Emails/ContactFinder.cs
if dotnet test acme > broken.txt 2>&1; then fail "dotnet test passed with the finder broken"; fi
grep -q "DA0001 analyser 'acme-emails' failed on test" broken.txt || fail "the broken finder's test did not say DA0001"
grep -q "at Acme.Emails.ContactFinder.Analyse, ContactFinder.cs:line " broken.txt \
  || fail "the broken finder's DA0001 does not name ContactFinder.cs and its line"
grep -m1 "ContactFinder.cs:line " broken.txt
sed -i 's/ _ = urls\[urls.Count\];//' acme/Acme.Emails/ContactFinder.cs

step "dotnet tool install --tool-path $work/tools --add-source $work/pkgs DocAnalysis.Cli"
dotnet tool install --tool-path "$work/tools" --add-source "$work/pkgs" --version "$version" DocAnalysis.Cli
docanalysis="$work/tools/docanalysis"
# On this machine (linux-x64) the tool installed is the one compiled ahead of time.
[ -d "$work/tools/.store/docanalysis.cli/$version/docanalysis.cli.linux-x64" ] \
  || fail "dotnet tool install did not take DocAnalysis.Cli.linux-x64 (the ReadyToRun tool) on linux-x64"
plugin="acme/Acme.Emails/bin/Debug/net10.0"

step "docanalysis plugins --plugins $plugin"
"$docanalysis" plugins --plugins "$plugin" | tee plugins.txt
tr -s ' \n' ' ' < plugins.txt | grep -q "5 plugins, 6 analysers in order: credit-line-stripper → acme-emails → acme-emails-domains" \
  || fail "docanalysis plugins did not list acme-emails and acme-emails-domains after credit-line-stripper among six analysers"

step "approve a change: a new version of the plugin (snapshots name it)"
sed -i 's|<Version>1.0.0</Version>|<Version>1.1.0</Version>|' acme/Acme.Emails/Acme.Emails.csproj
if dotnet test acme > changed.txt 2>&1; then fail "dotnet test passed though the snapshot's version changed"; fi
[ -f acme/Acme.Emails.Tests/Snapshots/contact-page.received.txt ] && [ -f acme/Acme.Emails.Tests/Snapshots/contact-page.changes.html ] \
  || fail "the snapshot mismatch wrote no received file or changes page"
"$docanalysis" accept acme/Acme.Emails.Tests/Snapshots
grep -q "acme-emails 1.1.0" acme/Acme.Emails.Tests/Snapshots/contact-page.verified.txt || fail "accept did not approve the new rendering"
dotnet test acme

step "docanalysis run samples --plugins Acme.Emails (the project folder), in acme/"
(cd acme && "$docanalysis" run samples --plugins Acme.Emails --format jsonl > ../samples.jsonl)
grep -q '"kind":"contact-domain"' samples.jsonl || fail "the samples gave no contact-domain finding"

step "docanalysis run seeds --plugins $plugin --format jsonl"
"$docanalysis" run "$repo/seeds" --plugins "$plugin" --format jsonl > seeds.jsonl
step "dotnet publish acme -r linux-x64 -p:PublishReadyToRun=true; docanalysis run seeds with the published plugin"
# Compiled ahead of time against the shared contract it does not carry; the host loads it and the output is the same.
dotnet publish acme/Acme.Emails -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o published --nologo -v quiet
[ ! -e published/DocAnalysis.Abstractions.dll ] || fail "the ReadyToRun plugin carries its own copy of the contract"
"$docanalysis" run "$repo/seeds" --plugins published --format jsonl > published.jsonl
cmp -s seeds.jsonl published.jsonl || fail "the ReadyToRun plugin's output differs from the built plugin's"

# The seeds hold no e-mail or web address: add a press release that does, beside copies of the seeds.
mkdir corpus
cp "$repo"/seeds/*.txt corpus/
printf 'Press release\n\nFor interviews write to press@acme.example or see https://acme.example/press.\n' > corpus/release.txt
"$docanalysis" run corpus --plugins "$plugin" --format jsonl > corpus.jsonl
python3 - seeds.jsonl corpus.jsonl corpus <<'PY'
import json, pathlib, sys
seeds, corpus, folder = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3])
assert len(pathlib.Path(seeds).read_text().splitlines()) == 2, "two seed records"
found = domains = 0
for line in open(corpus, encoding="utf-8"):
    record = json.loads(line)
    text = (folder / (record["id"] + ".txt")).read_text(encoding="utf-8")
    for a in record["annotations"]:
        assert text[a["start"]:a["end"]] == a["text"], (record["id"], a)
        found += a["analyser"] == "acme-emails"
        domains += a["analyser"] == "acme-emails-domains"
assert found == 2, f"expected the release's two contacts, found {found}"
assert domains == 1, f"expected the release's one domain, found {domains}"
print(f"acme-emails: {found} annotations, every span equal to the original text")
PY

step "the HTML report draws the plugin's kind as its descriptor declares"
"$docanalysis" run corpus --plugins "$plugin" --format html --out report
grep -q 'mark\[data-kind="contact"\] { background: #ffd8b1; }' report/kinds.css || fail "the report's kinds.css does not colour the contact kind as the template declares"

step "share the plugin: dotnet pack into a folder feed; plugin add, list, run, remove, restore in a fresh folder"
dotnet pack acme/Acme.Emails -c Release -o feed --nologo -v quiet
python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.read("Acme.Emails.nuspec").decode()); print("\n".join(z.namelist()))' \
  feed/Acme.Emails.1.1.0.nupkg > package.txt
grep -q 'packageType name="DocAnalysisPlugin"' package.txt || fail "the packed plugin is not of package type DocAnalysisPlugin"
grep -q "^plugin/Acme.Emails.dll" package.txt || fail "the packed plugin has no plugin/Acme.Emails.dll"
if grep -q "DocAnalysis.Abstractions.dll" package.txt; then fail "the plugin package carries a copy of the contract"; fi
mkdir -p shared/.git
export DOCANALYSIS_PLUGIN_CACHE="$work/plugin-cache"
(cd shared && "$docanalysis" plugin add Acme.Emails --source ../feed)
grep -q '"package": "Acme.Emails"' shared/docanalysis.json || fail "plugin add did not record Acme.Emails in docanalysis.json"
(cd shared && "$docanalysis" plugin list) | tee plugin-list.txt
grep -q "Acme.Emails 1.1.0  installed" plugin-list.txt || fail "plugin list does not show Acme.Emails 1.1.0 installed"
(cd shared && "$docanalysis" run ../corpus --format jsonl > ../shared.jsonl)
grep -q '"analyser":"acme-emails"' shared.jsonl && grep -q '"analyser":"date-normaliser"' shared.jsonl \
  || fail "the added plugin did not run beside the shipped four"
export DOCANALYSIS_PLUGIN_CACHE="$work/clean-plugin-cache"
(cd shared && "$docanalysis" plugin restore --source ../feed)
(cd shared && "$docanalysis" run ../corpus --format jsonl > ../restored.jsonl)
cmp -s shared.jsonl restored.jsonl || fail "the plugin restored into a clean cache gave other results"
(cd shared && "$docanalysis" plugin remove Acme.Emails)
(cd shared && "$docanalysis" run ../corpus --format jsonl > ../removed.jsonl)
if grep -q '"analyser":"acme-emails"' removed.jsonl; then fail "plugin remove left acme-emails running"; fi
unset DOCANALYSIS_PLUGIN_CACHE

step "an application that references only DocAnalysis.Host"
mkdir embedding
cp "$repo/examples/Embedding/Program.cs" embedding/
cp "$repo/examples/Embedding/Embedding.csproj" embedding/
grep -q "Include=\"DocAnalysis.Host\" Version=\"$version\"" embedding/Embedding.csproj \
  || fail "examples/Embedding/Embedding.csproj must reference DocAnalysis.Host $version, the version packed"
dotnet run --project embedding | tee embedding.txt
grep -q "date-normaliser" embedding.txt || fail "the embedding example found no date"
step "an ASP.NET Core application that maps the endpoints (DocAnalysis.Server)"
mkdir serving
cp "$repo/examples/Serving/Program.cs" serving/
cp "$repo/examples/Serving/Serving.csproj" serving/
grep -q "Include=\"DocAnalysis.Server\" Version=\"$version\"" serving/Serving.csproj \
  || fail "examples/Serving/Serving.csproj must reference DocAnalysis.Server $version, the version packed"
dotnet run --project serving -- --once | tee serving.txt
grep -q '"kind":"date"' serving.txt || fail "the serving example answered no date"
step "the author's path holds"
