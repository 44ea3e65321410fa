"""kg inside the tools people already use. Each module needs its own optional extra and is
imported only when asked for, so ``import kg`` never pulls in any of these libraries:

- :mod:`kg.integrations.spacy`: the ``kg_facts`` pipeline component (``pip install 'kg[spacy]'``
  is kg itself: spaCy is a core dependency), found through spaCy's entry points;
- :mod:`kg.integrations.langchain`: ``KgGraphTransformer``, LangChain ``GraphDocument`` s
  (``kg[langchain]``);
- :mod:`kg.integrations.neo4j_graphrag`: ``KgExtractor``, an ``EntityRelationExtractor`` for
  neo4j-graphrag pipelines (``kg[graphrag]``).
"""
