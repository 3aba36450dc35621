using System.Text;
using DocAnalysis;

// The tokens of the shared text layer (TextLayer) of every .txt file of a folder, one line per file in ordinal name
// order: the name, a tab, then each token's start and end (UTF-16 offsets) and whether it starts its sentence
// (TokenFlags.StartsSentence) as "start,end,0" or "start,end,1", space separated. A training
// script reads them instead of splitting words its own way, so that a model sees the tokens the analyser sees.
//     dotnet run -c Release --project tools/LayerTokens -- FOLDER > tokens.tsv
if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine($"usage: LayerTokens FOLDER   (a folder of .txt files{(args.Length == 1 ? $"; there is no folder {args[0]}" : "")})");
    return 2;
}

var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n" };
var line = new StringBuilder();
foreach (var file in Directory.EnumerateFiles(args[0], "*.txt").Order(StringComparer.Ordinal))
{
    var layer = TextLayer.Create(Encoding.UTF8.GetString(File.ReadAllBytes(file))); // a byte-order mark stays a character, as Python reads it
    line.Clear().Append(Path.GetFileName(file)).Append('\t');
    foreach (var token in layer.Tokens)
    {
        line.Append(token.Start).Append(',').Append(token.End).Append(',').Append((token.Flags & TokenFlags.StartsSentence) != 0 ? 1 : 0).Append(' ');
    }

    output.WriteLine(line.ToString().TrimEnd());
}

output.Flush();
return 0;
