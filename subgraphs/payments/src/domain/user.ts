/** A user as the User entity's fields here see it: its id, all payments needs to list or point to. */
export interface UserReference {
  id: string;
}
