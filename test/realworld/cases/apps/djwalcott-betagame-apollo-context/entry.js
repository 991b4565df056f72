// Source: djwalcott/betagame — index.js at e019c95 (ApolloServer context), reduced by hand, not copied
// Label: hand-over
// Why: the Apollo context function returns the checkout inside the per-request context object; the plugin's willSendResponse hook releases `context.db`
const { ApolloServer } = require("apollo-server");
const { connectionPool } = require("./connection-pool");
const { typeDefs, resolvers } = require("./schema");

const server = new ApolloServer({
  typeDefs,
  resolvers,
  context: async () => ({
    db: await connectionPool.connect(),
  }),
  plugins: [
    {
      requestDidStart() {
        return {
          willSendResponse({ context }) {
            context.db.release();
          },
        };
      },
    },
  ],
});

server.listen({ port: process.env.PORT || 4000 });
