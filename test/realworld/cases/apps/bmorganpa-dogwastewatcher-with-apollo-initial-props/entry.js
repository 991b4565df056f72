// Source: bmorganpa/DogWasteWatcher — nextapp/apollo/client.js at c19d3e8 (withApollo's getInitialProps), reduced by hand, not copied
// Label: leak
// Why: on the server the page's getInitialProps takes a request context holding a pool checkout from `createContext`, but only the `ssr` branch's finally gives it back (`cleanupContext`); a page wrapped with `ssr: false` that has its own getInitialProps, a response already finished by a redirect (`ctx.res.finished` returns early) and a rejected `PageComponent.getInitialProps(ctx)` all leave the client checked out
import React from "react";
import { createContext, cleanupContext } from "./context";

const isServer = () => typeof window === "undefined";

export function withApollo(PageComponent, { ssr = true } = {}) {
  const WithApollo = ({ apolloClient, apolloState, ...pageProps }) =>
    React.createElement(PageComponent, { ...pageProps, apolloClient: apolloClient || initApolloClient(undefined, apolloState) });

  if (ssr || PageComponent.getInitialProps) {
    WithApollo.getInitialProps = async (ctx) => {
      const { AppTree } = ctx;

      const apolloContext = isServer() ? await createContext(ctx) : undefined;
      const apolloClient = (ctx.apolloClient = initApolloClient(apolloContext));

      let pageProps = {};
      if (PageComponent.getInitialProps) {
        pageProps = await PageComponent.getInitialProps(ctx);
      }

      if (isServer()) {
        if (ctx.res && ctx.res.finished) {
          return pageProps;
        }

        if (ssr) {
          try {
            const { getDataFromTree } = await import("@apollo/react-ssr");
            await getDataFromTree(React.createElement(AppTree, { pageProps: { ...pageProps, apolloClient } }));
          } catch (error) {
            console.error("Error while running `getDataFromTree`", error);
          } finally {
            cleanupContext(apolloContext);
          }
        }
      }

      return { ...pageProps, apolloState: apolloClient.cache.extract() };
    };
  }

  return WithApollo;
}

function initApolloClient(apolloContext, initialState) {
  return { context: apolloContext, state: initialState, cache: { extract: () => ({}) } };
}
