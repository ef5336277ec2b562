using LifetimeAssert.WebExample;

var app = OrdersApp.Build(args);
app.Run();

// Public, so that tests can start the app with WebApplicationFactory<Program>.
public partial class Program;
