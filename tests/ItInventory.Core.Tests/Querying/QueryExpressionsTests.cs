using System.Linq.Expressions;
using ItInventory.Core.Querying;

namespace ItInventory.Core.Tests.Querying;

public sealed class QueryExpressionsTests
{
    private static readonly Expression<Func<int, int, bool>> Between = (value, limit) => value >= 0 && value < limit;

    [Theory]
    [InlineData(-1, 10, false)]
    [InlineData(0, 10, true)]
    [InlineData(9, 10, true)]
    [InlineData(10, 10, false)]
    public void An_expanded_rule_decides_as_the_rule_itself(int value, int limit, bool expected)
    {
        Expression<Func<int, int, bool>> query = (v, l) => Between.Invoke(v, l);
        var expanded = QueryExpressions.Expand(query);

        Assert.Equal(expected, expanded.Compile()(value, limit));
        Assert.Equal(Between.Compile()(value, limit), expanded.Compile()(value, limit));
    }

    [Fact]
    public void Expanding_leaves_no_marker_behind_and_names_the_outer_parameters()
    {
        Expression<Func<int[], int, int>> query = (values, limit) => values.Count(v => Between.Invoke(v, limit));
        var expanded = QueryExpressions.Expand(query);

        Assert.DoesNotContain(nameof(QueryExpressions.Invoke), expanded.ToString());
        Assert.Equal(3, expanded.Compile()([-2, 0, 4, 5, 7], 6));
    }

    [Fact]
    public void A_marker_that_was_not_expanded_fails_loudly()
    {
        Expression<Func<int, int, bool>> query = (v, l) => Between.Invoke(v, l);
        var error = Assert.Throws<InvalidOperationException>(() => query.Compile()(1, 2));
        Assert.Contains("Expand", error.Message);
    }

    [Fact]
    public void Apply_puts_the_arguments_in_place_of_the_parameters()
    {
        var body = QueryExpressions.Apply(Between, Expression.Constant(3), QueryExpressions.Captured(3));
        Assert.False(Expression.Lambda<Func<bool>>(body).Compile()());
        Assert.Throws<ArgumentException>(() => QueryExpressions.Apply(Between, Expression.Constant(3)));
    }

    [Fact]
    public void A_captured_value_is_read_through_a_field_as_a_closure_would_be()
    {
        var captured = QueryExpressions.Captured<int?>(null);
        Assert.IsAssignableFrom<MemberExpression>(captured);
        Assert.Null(Expression.Lambda<Func<int?>>(captured).Compile()());
    }
}
