import { ConflictError } from './app-error';
import { isUniqueViolation } from './database-errors';

/** Runs a write and turns a unique-name violation into a 409 that names the clash. */
export async function withUniqueName<T>(what: string, name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError(
        `A ${what} named "${name}" already exists in this project; choose another name.`,
      );
    }
    throw error;
  }
}
