using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Programme;

namespace Whiteboard.Core.Tests;

/// <summary>Rule PN9: when two action items' owners are the same person, within a workshop and across workshops.</summary>
public class ActionPersonTests
{
    private static readonly Guid W1 = Guid.NewGuid(), W2 = Guid.NewGuid();

    [Fact]
    public void Within_a_workshop_the_owner_is_the_participant_or_the_name_typed()
    {
        Assert.True(ActionPerson.Same(new(W1, Alice, "王芳", null), new(W1, Alice, "王芳", null)));
        Assert.False(ActionPerson.Same(new(W1, Alice, "王芳", null), new(W1, Bob, "王芳", null)));
        Assert.True(ActionPerson.Same(new(W1, null, "张总", null), new(W1, null, "张总", null)));
        Assert.False(ActionPerson.Same(new(W1, null, "张总", null), new(W1, null, "李总", null)));
        Assert.False(ActionPerson.Same(new(W1, null, "王芳", null), new(W1, Alice, "王芳", null)));
    }

    [Fact]
    public void Across_workshops_the_same_name_and_the_same_unit_both_given_are_the_same_person()
    {
        Assert.True(ActionPerson.Same(new(W1, Alice, "王芳", "市财政局"), new(W2, Carol, " 王芳 ", "市财政局")));
        Assert.True(ActionPerson.Same(new(W1, Bob, "Bob Li", "Audit Office"), new(W2, Bob, "bob li", "audit office")));
    }

    [Fact]
    public void Across_workshops_another_unit_or_a_missing_unit_is_another_person()
    {
        Assert.False(ActionPerson.Same(new(W1, Alice, "王芳", "市财政局"), new(W2, Carol, "王芳", "市税务局")));
        Assert.False(ActionPerson.Same(new(W1, Alice, "王芳", null), new(W2, Carol, "王芳", null)));
        Assert.False(ActionPerson.Same(new(W1, Alice, "王芳", "市财政局"), new(W2, Carol, "王芳", " ")));
        Assert.False(ActionPerson.Same(new(W1, null, "张总", null), new(W2, null, "张总", null)));
        Assert.False(ActionPerson.Same(new(W1, Alice, "王芳", "市财政局"), new(W2, Carol, "陈静", "市财政局")));
    }

    [Fact]
    public void An_items_owner_carries_the_unit_they_gave_on_its_board()
    {
        var board = ActionLearningAt(StageIds.Action);
        board.Accept(new SetParticipantUnit(Alice, "市财政局"), Facilitator);
        var (hers, outsiders) = (Guid.NewGuid(), Guid.NewGuid());
        board.Accept(new CreateActionItem(hers, "试点", new ActionOwner(Alice, null)), Alice);
        board.Accept(new CreateActionItem(outsiders, "发文", new ActionOwner(null, "张总")), Facilitator);

        Assert.Equal(new ActionPerson(W1, Alice, "王芳", "市财政局"), ActionPerson.Of(W1, board.State, board.State.Actions[hers]));
        Assert.Equal(new ActionPerson(W1, null, "张总", null), ActionPerson.Of(W1, board.State, board.State.Actions[outsiders]));
    }
}
