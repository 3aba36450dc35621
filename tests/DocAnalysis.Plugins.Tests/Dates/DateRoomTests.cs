using DocAnalysis.Plugins.Dates;

namespace DocAnalysis.Plugins.Tests.Dates;

/// <summary>
/// Each rule family of the date normaliser (a room under <c>plugins/DateNormaliser/Rules/</c>) runs only where one of
/// its trigger literals stands: a family whose literals miss its own examples would silently never fire there. Each
/// example holds a literal of its family, and the family alone reads a date in it.
/// </summary>
public sealed class DateRoomTests
{
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var room in DateResolver.Rooms)
        {
            foreach (var example in room.Examples)
            {
                data.Add(room.Name, example);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void A_familys_trigger_literals_cover_its_examples(string family, string example)
    {
        var room = Assert.Single(DateResolver.Rooms, r => r.Name == family);
        Assert.True(example.AsSpan().IndexOfAny(room.Key.Literals) >= 0, $"no trigger literal of the {family} family in its example '{example}': add the word to TriggerLiterals");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void A_family_alone_reads_a_date_in_each_of_its_examples(string family, string example)
    {
        var room = Assert.Single(DateResolver.Rooms, r => r.Name == family);
        var resolver = new DateResolver(new Anchor(new DateOnly(2000, 1, 7), "2000-01-07", "published"));
        Assert.NotEmpty(resolver.Collect(room, TextLayer.Create(example)));
    }

    [Fact]
    public void Every_family_has_examples_and_a_name_of_its_own()
    {
        Assert.All(DateResolver.Rooms, r => Assert.True(r.Examples.Length >= 2, $"the {r.Name} family shows fewer than two examples"));
        Assert.Equal(DateResolver.Rooms.Length, DateResolver.Rooms.Select(r => r.Name).Distinct().Count());
    }
}
