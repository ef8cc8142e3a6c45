using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace ItInventory.Core.Querying;

/// <summary>
/// Rules written once as lambda expressions and used inside other query expressions. A query that calls
/// <c>rule.Invoke(...)</c> is passed through <see cref="Expand"/>, which puts the rule's body in place of the call, so
/// the database sees one plain expression. That lets a compiled query (whose parameters only exist inside its own
/// lambda) use the same rule as a query composed at run time.
/// </summary>
public static class QueryExpressions
{
    /// <summary>A marker for <see cref="Expand"/>; never runs.</summary>
    public static TResult Invoke<T1, T2, TResult>(this Expression<Func<T1, T2, TResult>> rule, T1 first, T2 second) =>
        throw NotExpanded();

    /// <summary>A marker for <see cref="Expand"/>; never runs.</summary>
    public static TResult Invoke<T1, T2, T3, T4, T5, T6, T7, TResult>(this Expression<Func<T1, T2, T3, T4, T5, T6, T7, TResult>> rule,
        T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7) =>
        throw NotExpanded();

    /// <summary>The body of <paramref name="lambda"/> with its parameters replaced by <paramref name="arguments"/>.</summary>
    public static Expression Apply(LambdaExpression lambda, params Expression[] arguments)
    {
        if (arguments.Length != lambda.Parameters.Count)
            throw new ArgumentException($"The lambda takes {lambda.Parameters.Count} arguments, not {arguments.Length}.", nameof(arguments));
        var map = new Dictionary<ParameterExpression, Expression>();
        for (var i = 0; i < arguments.Length; i++)
            map[lambda.Parameters[i]] = arguments[i];
        return new Substitution(map).Visit(lambda.Body);
    }

    /// <summary>
    /// A value as a query sees a captured variable: a field of a constant object. EF turns that into a query parameter,
    /// where a bare constant would be written into the SQL and compiled anew for every value.
    /// </summary>
    public static Expression Captured<T>(T value) =>
        Expression.Field(Expression.Constant(new StrongBox<T>(value)), nameof(StrongBox<T>.Value));

    /// <summary>Replaces every <c>Invoke</c> marker in <paramref name="expression"/> by the rule's body.</summary>
    public static TExpression Expand<TExpression>(TExpression expression) where TExpression : Expression =>
        (TExpression)new Expander().Visit(expression);

    /// <summary>The same for a query written as a lambda, so its type is inferred from the lambda's target.</summary>
    public static Expression<TDelegate> Expand<TDelegate>(Expression<TDelegate> query) =>
        (Expression<TDelegate>)new Expander().Visit(query);

    private static object ValueOf(Expression expression) => expression switch
    {
        ConstantExpression constant => constant.Value!,
        MemberExpression { Member: System.Reflection.FieldInfo field } member => field.GetValue(member.Expression is null ? null : ValueOf(member.Expression))!,
        MemberExpression { Member: System.Reflection.PropertyInfo property } member => property.GetValue(member.Expression is null ? null : ValueOf(member.Expression))!,
        _ => Expression.Lambda<Func<object>>(Expression.Convert(expression, typeof(object))).Compile()(),
    };

    private static InvalidOperationException NotExpanded() =>
        new("A rule's Invoke only marks where QueryExpressions.Expand puts the rule; it cannot run by itself.");

    private sealed class Substitution(Dictionary<ParameterExpression, Expression> map) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            map.TryGetValue(node, out var replacement) ? replacement : node;
    }

    private sealed class Expander : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType != typeof(QueryExpressions) || node.Method.Name != nameof(Invoke))
                return base.VisitMethodCall(node);

            // The rule is a static field or property (or a captured value): evaluate it to get the lambda itself.
            var rule = (LambdaExpression)ValueOf(node.Arguments[0]);
            var arguments = node.Arguments.Skip(1).Select(Visit).ToArray();
            return Visit(Apply(rule, arguments!));
        }
    }
}
