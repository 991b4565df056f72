// Source: YuriChlek/veles — api/module_translations/graphql/remove_language/remove_selected_language.ts (removeSelectedLanguage), reduced by hand, not copied
// Label: safe
// Why: the DELETE, the helper call and the explicit throw all come before the try's `await client.release()`, so the catch releases exactly when the try did not; the awaited release itself cannot reject
import dbConnection from "@api/module_db/actions/create/new_connection.ts";
import getLanguagesData from "@api/module_translations/graphql/get_languages/get_languages_data.ts";

const removeSelectedLanguage = async (languageCode: string): Promise<Array<unknown>> => {
  const client = await dbConnection.connect();

  try {
    await client.query("DELETE FROM translations WHERE language_code = $1", [languageCode]);
    const languages = await getLanguagesData();

    if (!Array.isArray(languages)) {
      throw new Error("getLanguagesData did not return an array");
    }

    await client.release();

    return languages;
  } catch (error) {
    console.error(error);
    await client.release();

    return [];
  }
};

export default removeSelectedLanguage;
